/**
 * Finds local place markers in an account name (notice condition 2: the name contains the
 * city's, a town's or a village's name, an old name or alias, or another strong local marker).
 */
import type { JurisdictionConfig } from './jurisdiction/schema'

type PlaceConfig = Pick<JurisdictionConfig, 'cityName' | 'cityShortNames' | 'towns' | 'placeMarkers'>

/** Every marker the config knows, longest first. */
export function placeMarkers(config: PlaceConfig): string[] {
  const all = [
    config.cityName,
    ...config.cityShortNames,
    ...config.towns.flatMap((t) => [t.name, ...t.shortNames]),
    ...config.placeMarkers
  ]
  return [...new Set(all.map((m) => m.trim()).filter((m) => m.length > 0))].sort((a, b) => b.length - a.length)
}

/**
 * Markers found in `name`, in order of appearance. A marker that contains another found
 * marker is dropped in favour of the shorter one ('粤开平美食' → ['开平'], not also '粤开平'),
 * so the list reads as the plain place names. Latin markers match case-insensitively.
 */
export function detectPlaceNames(name: string, config: PlaceConfig): string[] {
  const haystack = name.toLowerCase()
  const found = placeMarkers(config)
    .map((m) => ({ marker: m, at: haystack.indexOf(m.toLowerCase()) }))
    .filter((f) => f.at >= 0)
  const basic = found.filter((f) => !found.some((o) => o.marker !== f.marker && f.marker.toLowerCase().includes(o.marker.toLowerCase())))
  return basic.sort((a, b) => a.at - b.at || a.marker.length - b.marker.length).map((f) => f.marker)
}
