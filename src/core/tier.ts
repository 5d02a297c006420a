// The four risk tiers of SPEC section 1, lowest first: the one vocabulary the manifest, the
// policy and the report share (here so that the core depends on no reader).
export type RiskTier = "minimal" | "limited" | "high" | "unacceptable";
