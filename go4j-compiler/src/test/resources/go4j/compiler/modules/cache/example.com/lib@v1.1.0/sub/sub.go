package sub

const Name = "sub v1.1.0"
