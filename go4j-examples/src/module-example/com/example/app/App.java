package com.example.app;

import go4j.Chan;

/** Uses an exported go4j package; go4j.internal.* would not compile here. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Chan<String> c = new Chan<>(1);
        c.send("hello from a named module");
        System.out.println(c.recv());
    }
}
