package plat

const E = "arm64"
