// Components barrel for MDX: import { Figure, Window, Checklist, … } from '~/components'.
export { default as Figure } from './figure/Figure.astro';
// Text about controls that exist only with scripts: hidden when scripts are off.
export { default as WithScripts } from './WithScripts.astro';
export { default as Checklist } from '../features/checklist/Checklist.astro';
export { default as Step } from '../features/checklist/Step.astro';
// The mock kit for schematic drawings of ЕИС / Web-Торги-КС screens (src/components/mock):
// elements take `highlight` (the thing the reader acts on) and `callout={N}` («выноска N»).
export { default as Window } from './mock/Window.astro';
export { default as Menu } from './mock/Menu.astro';
export { default as MenuItem } from './mock/MenuItem.astro';
export { default as Link } from './mock/Link.astro';
export { default as Button } from './mock/Button.astro';
export { default as Checkbox } from './mock/Checkbox.astro';
export { default as Field } from './mock/Field.astro';
export { default as TableRow } from './mock/TableRow.astro';
export { default as Annotation } from './mock/Annotation.astro';
export { default as Stack } from './mock/Stack.astro';
// On paper (/print/) the reminder form is left out: src/features/print/ScreenReminder.astro.
export { default as Reminder } from '../features/print/ScreenReminder.astro';
export { default as DecisionTree } from '../features/plan/DecisionTree.astro';
export { default as Progress } from '../features/progress/Progress.astro';
export { default as GuideCards } from '../features/plan/GuideCards.astro';
export { default as ChangesList } from '../features/changes/ChangesList.astro';
