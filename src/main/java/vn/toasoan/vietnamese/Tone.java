package vn.toasoan.vietnamese;

/** The six Vietnamese tones, named after the mark that writes them. */
enum Tone {
    LEVEL('\0'), // ngang
    GRAVE('\u0300'), // huyền
    ACUTE('\u0301'), // sắc
    HOOK('\u0309'), // hỏi
    TILDE('\u0303'), // ngã
    DOT('\u0323'); // nặng

    static final Tone[] ALL = values();

    final char mark;

    Tone(char mark) {
        this.mark = mark;
    }

    static Tone ofMark(char c) {
        for (Tone t : ALL) {
            if (t.mark == c && c != '\0') {
                return t;
            }
        }
        return null;
    }
}
