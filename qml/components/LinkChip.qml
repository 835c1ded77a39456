import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// A small in-text link to another page or term: looks like a link, works like a button
// (Tab to it, Enter or Space to follow).
AbstractButton {
    id: root

    /** Where a row gives it less room than its text needs, it wraps inside this width. Measured
     *  apart from the label, so a width set from it cannot loop back through the wrapped text. */
    property real maxWidth: Infinity

    implicitWidth: Math.min(natural.advanceWidth + leftPadding + rightPadding, maxWidth)
    padding: 2
    hoverEnabled: true
    font.pixelSize: Theme.smallSize
    Accessible.role: Accessible.Link
    Accessible.name: text
    // Enter as well as Space, as people expect of a desktop app.
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    TextMetrics {
        id: natural

        font.pixelSize: root.font.pixelSize
        text: root.text
    }

    contentItem: Text {
        textFormat: Text.PlainText
        text: root.text
        font.pixelSize: root.font.pixelSize
        font.underline: root.hovered || root.visualFocus
        color: Theme.link
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        color: "transparent"
        radius: 3
        border.color: Theme.focus
        border.width: root.visualFocus ? 2 : 0
    }
}
