pragma Singleton
import QtQuick
import KnowTheLimits

// Design tokens, named by role. Pages never use literal colours or sizes.
QtObject {
    readonly property bool dark: Settings.darkTheme
    readonly property real scale: Settings.textScale

    // Type scale (pixels at text size 100 %)
    readonly property real bodySize: 17 * scale
    readonly property real smallSize: 14 * scale
    readonly property real titleSize: 30 * scale
    readonly property real headingSize: 22 * scale
    readonly property real subheadingSize: 19 * scale

    // Spacing
    readonly property real gap: 8 * scale
    readonly property real margin: 24 * scale
    readonly property real radius: 8
    readonly property real contentWidth: 880 * scale

    // Colours by role (WCAG AA contrast on their backgrounds in both themes)
    readonly property color background: dark ? "#14171c" : "#f7f5f0"
    readonly property color surface: dark ? "#1f242c" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272e38" : "#efece4"
    readonly property color text: dark ? "#eceff3" : "#1d2127"
    readonly property color mutedText: dark ? "#b4bcc8" : "#4a515c"
    readonly property color accent: dark ? "#7fb8ff" : "#1d5fa8"
    // Not "onAccent": QML reads a name starting with "on" and a capital as a signal handler.
    readonly property color textOnAccent: dark ? "#0b1320" : "#ffffff"
    readonly property color link: dark ? "#9ccaff" : "#1a56a0"
    readonly property color border: dark ? "#3a424e" : "#d8d3c8"
    readonly property color notice: dark ? "#2c2a1c" : "#fff6d6"
    readonly property color noticeBorder: dark ? "#6b6030" : "#e0c768"
    readonly property color problem: dark ? "#3a1f22" : "#fde8e8"
    readonly property color problemBorder: dark ? "#a24b52" : "#c43d45"
    readonly property color correct: dark ? "#8fd19e" : "#1e7b34"
    readonly property color incorrect: dark ? "#ff9c9c" : "#b3261e"
    readonly property color focus: dark ? "#ffd166" : "#c05600"
    /** A presenter's clock past its time: noticed, not alarming. */
    readonly property color overTime: dark ? "#ffb86b" : "#9a4a00"
    // Behind the link the keyboard is on, inside a paragraph (the link colour stays readable).
    readonly property color linkFocusBackground: dark ? "#4d3b00" : "#ffe08a"
    // Local packs' words: framed apart, so they never read as the app's own legal content.
    readonly property color local: dark ? "#1c2e30" : "#e8f4f3"
    readonly property color localBorder: dark ? "#5fa7a8" : "#2a7475"
    readonly property color outcome: dark ? "#233a2c" : "#e6f2e8"
    readonly property color pathFill: dark ? "#1d3350" : "#e3eefb"
}
