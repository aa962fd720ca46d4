// The purpose map's file names, apart from the loader so that folder walks can skip them without
// loading the YAML parser and the rule catalog.
export const CONFIG_FILE_NAMES = ['datamin.yaml', 'datamin.yml', '.datamin.yaml'] as const;
