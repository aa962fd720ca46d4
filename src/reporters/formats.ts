// The output format ids, apart from the reporters themselves: the CLI lists and checks them
// before any reporter (with its HTML, PDF and chart code) has to be loaded.
export const FORMAT_IDS = ['gitlab', 'html', 'json', 'junit', 'markdown', 'pdf', 'sarif', 'table'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];
