/**
 * The part of the kit the tab pages (main package) use: screens, buttons, cells, tags, loading
 * and empty/error states. Forms, photos and the problem summary stay out of the main package
 * (import those from './index' in subpackages).
 */
export { Screen } from './Screen'
export { Button } from './Button'
export { Skeleton, StateView, LoadError, Notice, type StateAction, type StateKind, type Tone } from './Feedback'
export { CellGroup, Cell, Tag, type TagTone } from './Cells'
