import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// The app's button: Theme colours, a visible keyboard focus ring, large enough to hit.
// `primary` marks the one main action of a screen.
Button {
    id: root

    property bool primary: highlighted && !flat
    /** Where a row gives it less room than its text needs, it wraps inside this width. Measured
     *  apart from the label, so a width set from it cannot loop back through the wrapped text. */
    property real maxWidth: Infinity

    // Rounded up with a pixel to spare: a label measured a fraction wider than its box wraps.
    implicitWidth: Math.min(Math.max(Math.ceil(natural.advanceWidth) + 1 + leftPadding + rightPadding, implicitBackgroundWidth), maxWidth)
    /** Narrower side padding, for the header's row of buttons: what lets the Hide button, the
     *  reference links and the language switch share one line. */
    property bool compact: false
    /** False where keys must keep their meaning after a click (the presenter's notes). */
    property bool focusOnClick: true

    // (Debian's Qt 6.4 lint types do not describe focusPolicy or Qt.FocusPolicy.)
    focusPolicy: focusOnClick ? Qt.StrongFocus : Qt.TabFocus // qmllint disable type property
    // Enter activates a button as Space does, as people expect of a desktop app.
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    font.pixelSize: Theme.bodySize
    font.bold: flat && highlighted
    padding: Theme.gap
    leftPadding: compact ? Theme.gap : Theme.margin * 0.6
    rightPadding: compact ? Theme.gap : Theme.margin * 0.6
    hoverEnabled: true
    Accessible.name: text

    background: Rectangle {
        implicitHeight: 40 * Theme.scale
        radius: Theme.radius
        color: root.flat ? (root.hovered || root.highlighted ? Theme.surfaceAlt : "transparent")
             : !root.enabled ? Theme.surfaceAlt
             : root.primary ? (root.down ? Qt.darker(Theme.accent, 1.15) : Theme.accent)
             : root.checked ? Theme.pathFill
             : (root.down ? Theme.surfaceAlt : Theme.surface)
        border.color: root.visualFocus ? Theme.focus : (root.primary ? Theme.accent : Theme.border)
        border.width: root.visualFocus ? 3 : (root.flat ? 0 : 1)
        opacity: root.enabled ? 1 : 0.6
    }
    TextMetrics {
        id: natural

        font: root.font
        text: root.text
    }

    contentItem: Text {
        textFormat: Text.PlainText
        text: root.text
        font: root.font
        color: !root.enabled ? Theme.mutedText : (root.primary ? Theme.textOnAccent : Theme.text)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
