module example.com/dep

go 1.19

require example.com/lib v1.1.0
