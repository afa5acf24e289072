export { Screen } from './Screen'
export { Button } from './Button'
export { TextField, FieldFrame } from './Field'
export { wrapText } from './draw'
