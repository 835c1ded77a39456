import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// A tab in the app's colours: the current one underlined in the accent colour.
TabButton {
    id: root

    font.pixelSize: Theme.bodySize
    Accessible.name: text
    // Enter as well as Space, as people expect of a desktop app.
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        color: root.checked ? Theme.surface : Theme.surfaceAlt
        border.color: root.visualFocus ? Theme.focus : "transparent"
        border.width: root.visualFocus ? 2 : 0
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 3
            color: root.checked ? Theme.accent : Theme.border
        }
    }
    contentItem: Text {
        textFormat: Text.PlainText
        text: root.text
        font: root.font
        color: root.checked ? Theme.text : Theme.mutedText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
