/**
 * The conventional-changelog presets bundled with the action. The names alone, so inputs can be
 * checked before the engine (semantic-release, its plugins, the presets) is loaded.
 */
export const presetNames = ["conventionalcommits", "angular"] as const;
export type PresetName = (typeof presetNames)[number];

export function isPresetName(name: string): name is PresetName {
  return (presetNames as readonly string[]).includes(name);
}
