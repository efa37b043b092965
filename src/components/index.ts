// Components barrel for MDX: import { Figure, Win, Checklist, … } from '~/components'.
export { default as Figure } from './figure/Figure.astro';
export { default as Checklist } from './checklist/Checklist.astro';
export { default as Step } from './checklist/Step.astro';
export { default as Win } from './mock/Win.astro';
export { default as Menu } from './mock/Menu.astro';
export { default as Item } from './mock/Item.astro';
export { default as Lnk } from './mock/Lnk.astro';
export { default as Btn } from './mock/Btn.astro';
export { default as Check } from './mock/Check.astro';
export { default as Field } from './mock/Field.astro';
export { default as Row } from './mock/Row.astro';
export { default as Note } from './mock/Note.astro';
export { default as Stack } from './mock/Stack.astro';
export { default as Reminder } from './reminder/Reminder.astro';
export { default as DecisionTree } from './tree/DecisionTree.astro';
export { default as Progress } from './progress/Progress.astro';
export { default as GuideCards } from './guides/GuideCards.astro';
