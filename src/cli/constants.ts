// Names the command line shares with its users: the ini file, environment variables,
// output formats and exit codes. One home each, so --help and the code cannot disagree.

export const INI_FILE_NAME = 'almajob.ini'

/** Where Alma is, for the CLI only (the key variables are shared: settings.ts). */
export const EnvVars = {
  Region: 'ALMA_REGION',
  BaseUrl: 'ALMA_BASE_URL'
} as const

export const OUTPUT_FORMATS = ['text', 'json'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** Documented in --help; scripts branch on them. */
export const ExitCode = {
  Success: 0,
  JobFailed: 1,
  Usage: 2,
  AlmaError: 3,
  /** 128 + SIGINT, as shells report a Ctrl-C. */
  Interrupted: 130,
  /** 128 + SIGTERM. */
  Terminated: 143
} as const
