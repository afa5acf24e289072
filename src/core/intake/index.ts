export * from './channels'
export * from './records'
export * from './legacy'
export * from './legacy-calls'
