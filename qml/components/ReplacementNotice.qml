pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Says which built-in objects a --content folder replaced, so a reader knows whose text they
// are reading. Not an error: the folder passed every check.
Rectangle {
    id: root

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    color: Theme.surface
    border.color: Theme.accent
    Accessible.role: Accessible.StaticText
    Accessible.name: heading.text

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        spacing: 2

        Label {
            id: heading

            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: qsTr("Content from another folder replaces some of the built-in content:")
            font.bold: true
            font.pixelSize: Theme.smallSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Repeater {
            model: Content.replacementPreview
            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: modelData
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.WrapAnywhere
            }
        }
        Label {
            visible: Content.replacements.length > Content.replacementPreview.length
            textFormat: Text.PlainText
            //: %1 is a number of further replaced items not listed
            text: qsTr("…and %1 more.").arg(Content.replacements.length - Content.replacementPreview.length)
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
    }
}
