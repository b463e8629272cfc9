package go4j.examples.gotojava;

/** Embedding is composition: delegate by hand; extends would dispatch back to the subclass. */
public final class Embedding {
    private Embedding() {
    }

    static class Animal {
        String sound() {
            return "...";
        }

        String speak() {
            return "says " + sound();
        }
    }

    static final class Dog { // type Dog struct{ Animal }
        private final Animal animal = new Animal();

        String sound() {
            return "woof";
        }

        String speak() { // a promoted method: forwarded, so it calls Animal.sound
            return animal.speak();
        }
    }

    static final class InheritingDog extends Animal {
        @Override
        String sound() {
            return "woof";
        }
    }

    public static void main(String[] args) {
        System.out.println(new Dog().sound());
        System.out.println(new Dog().speak());
        System.out.println(new InheritingDog().speak()); // virtual dispatch: not what Go does
    }
}
