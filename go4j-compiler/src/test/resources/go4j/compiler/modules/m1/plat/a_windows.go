package plat

const A = "windows"
