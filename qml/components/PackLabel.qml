import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Who says what a local pack says, and a warning when its publisher's review date has passed:
// the first thing shown of anything from a pack.
ColumnLayout {
    id: root

    property string from
    property string warning

    spacing: 2

    Label {
        objectName: "packFrom"
        Layout.fillWidth: true
        visible: root.from !== ""
        text: root.from
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        font.italic: true
        color: Theme.mutedText
    }
    // Text, not Label: a Label loses its alert role on Qt 6.4.
    Text {
        objectName: "packWarning"
        Layout.fillWidth: true
        visible: root.warning !== ""
        text: root.warning
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
