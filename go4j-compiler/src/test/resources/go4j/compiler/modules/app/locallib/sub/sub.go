package sub

const Name = "sub local"
