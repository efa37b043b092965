/** The ЕИС round-the-clock support phones, as source 003 gives them (shown text and tel: number). */
export const SUPPORT_PHONES = [
  { text: '8 (495) 739-25-83', tel: '+74957392583' },
  { text: '8 (800) 600-90-89', tel: '+78006009089' },
] as const;
