import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// A display setting's on/off switch: Theme colours, and a label that wraps at large text.
Switch {
    id: root

    font.pixelSize: Theme.bodySize
    contentItem: Text {
        textFormat: Text.PlainText
        leftPadding: root.indicator.width + root.spacing
        text: root.text
        font: root.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
