package sub

const Name = "sub v1.0.0"
