import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Where the last handout was saved (or why it was not), with a way to open its folder.
ColumnLayout {
    visible: Handouts.lastMessage !== ""
    spacing: 2

    Label {
        objectName: "handoutMessage"
        Layout.fillWidth: true
        textFormat: Text.PlainText
        text: Handouts.lastMessage
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        wrapMode: Text.Wrap // at spaces; a long path breaks anywhere only where it must
    }
    LinkChip {
        objectName: "openHandoutFolder"
        visible: Handouts.lastSaved
        //: After saving a handout: opens the folder it was saved in
        text: qsTr("Open the folder")
        onClicked: Handouts.openFolder()
    }
}
