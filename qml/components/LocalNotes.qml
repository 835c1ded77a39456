pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The local packs' notes on this page, each in a frame of its own with whose it is, so a reader
// always tells the app's content from what a local organisation adds.
ColumnLayout {
    id: root

    /** A LocalNoteModel set to this page. */
    property alias model: repeater.model

    visible: repeater.count > 0
    spacing: Theme.gap

    Repeater {
        id: repeater

        delegate: Rectangle {
            id: note

            required property string text
            required property string from
            required property string asOf
            required property var sources
            required property string warning

            objectName: "localNote"
            Layout.fillWidth: true
            implicitHeight: body.implicitHeight + Theme.margin
            color: Theme.local
            border.color: Theme.localBorder
            border.width: 2
            radius: Theme.radius

            ColumnLayout {
                id: body

                anchors.fill: parent
                anchors.margins: Theme.margin / 2
                spacing: Theme.gap / 2

                Text {
                    Layout.fillWidth: true
                    //: Heading of a note a local organisation adds to a page
                    text: qsTr("Local note")
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                PackLabel {
                    Layout.fillWidth: true
                    from: note.from
                    warning: note.warning
                }
                Label {
                    objectName: "localNoteText"
                    Layout.fillWidth: true
                    text: note.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: note.asOf
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                }
                Repeater {
                    model: note.sources
                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                    }
                }
            }
        }
    }
}
