export { Screen } from './Screen'
export { Button } from './Button'
export { TextField, FieldFrame } from './Field'
export { ChoiceGroup, DateField, SelectField, type Choice } from './controls'
