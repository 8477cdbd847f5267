package sample.zoo.hbm;

/** Mapped under two entity names in {@code dynamic.hbm.xml}, and with SQL of its own in the custom SQL mappings. */
public class Note {
    public Long id;
    public String text;

    public Note() {
    }

    public Note(Long id, String text) {
        this.id = id;
        this.text = text;
    }
}
