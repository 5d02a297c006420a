// Where the gate reads its policy when --policy (or the Action input policy) names no other file.
export const DEFAULT_POLICY_FILE = ".github/model-gate.yml";
