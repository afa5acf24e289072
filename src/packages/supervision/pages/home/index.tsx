import { HomeScreen } from '../../../../features/supervision/HomeScreen'
/** Route file: 监管工作台 (staff only; every action it calls is refused to others). */
export default function SupervisionHomePage () {
  return <HomeScreen />
}
