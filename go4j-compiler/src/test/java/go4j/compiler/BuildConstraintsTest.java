package go4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go/build's rules for a linux/amd64 build, file by file: name suffixes, //go:build, // +build. */
class BuildConstraintsTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " ; ", textBlock = """
            a.go                 ; package a                                       ; true
            a_linux.go           ; package a                                       ; true
            a_windows.go         ; package a                                       ; false
            a_amd64.go           ; package a                                       ; true
            a_arm64.go           ; package a                                       ; false
            a_linux_amd64.go     ; package a                                       ; true
            a_linux_arm64.go     ; package a                                       ; false
            a_darwin_amd64.go    ; package a                                       ; false
            linux.go             ; package a                                       ; true
            a_test_linux.go      ; package a                                       ; true
            a_unknownos.go       ; package a                                       ; true
            a.go                 ; //go:build linux\\n\\npackage a                   ; true
            a.go                 ; //go:build !linux\\n\\npackage a                  ; false
            a.go                 ; //go:build linux && (arm64 || amd64)\\n\\npackage a ; true
            a.go                 ; //go:build windows || darwin\\n\\npackage a       ; false
            a.go                 ; //go:build go1.18 && !go1.20\\n\\npackage a       ; true
            a.go                 ; //go:build go1.20\\n\\npackage a                  ; false
            a.go                 ; //go:build cgo\\n\\npackage a                     ; false
            a.go                 ; //go:build gc && unix\\n\\npackage a              ; true
            a.go                 ; //go:build ignore\\n\\npackage a                  ; false
            a.go                 ; // +build ignore\\n\\npackage a                   ; false
            a.go                 ; // +build linux,amd64 darwin\\n\\npackage a       ; true
            a.go                 ; // +build linux\\n// +build 386\\n\\npackage a    ; false
            a.go                 ; // +build !windows\\n\\npackage a                 ; true
            a.go                 ; //go:build linux\\n// +build windows\\n\\npackage a ; true
            a.go                 ; // Copyright\\n\\n//go:build windows\\n\\npackage a ; false
            a.go                 ; package a\\n\\n//go:build windows               ; true
            """)
    void aFileIsBuiltAsGoBuildDecides(String name, String src, boolean built) {
        assertEquals(built, BuildConstraints.matches(name, src.replace("\\n", "\n")), name + ": " + src);
    }
}
