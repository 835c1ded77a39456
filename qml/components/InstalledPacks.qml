pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import KnowTheLimits

// The local information added to this app: who publishes each pack, for where, when it was
// checked, in which languages, whether it is signed; a button to remove each, and one to add.
ColumnLayout {
    id: root

    /** The section's heading: "Local information", unless the page already says that. */
    property string heading: qsTr("Local information")

    spacing: Theme.gap

    PackListModel {
        id: packs
    }

    Text {
        Layout.fillWidth: true
        text: root.heading
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.subheadingSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: packs.count > 0
              ? qsTr("Local organisations publish these files about their county: places to find help, local rules and notes. The app shows who says each thing.")
              : qsTr("None added. A local organisation can give you a file (.ktlpack) about your county: places to find help, local rules and notes. You can also drag the file onto this window.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
    }

    Repeater {
        model: packs
        delegate: Rectangle {
            id: pack

            required property string packId
            required property string publisher
            required property string region
            required property string dates
            required property string languages
            required property string signature
            required property string holds
            required property string warning
            required property string removeLabel

            objectName: "installedPack"
            Layout.fillWidth: true
            implicitHeight: details.implicitHeight + Theme.margin
            color: Theme.local
            border.color: Theme.localBorder
            border.width: 2
            radius: Theme.radius

            ColumnLayout {
                id: details

                anchors.fill: parent
                anchors.margins: Theme.margin / 2
                spacing: 2

                Text {
                    Layout.fillWidth: true
                    text: pack.publisher
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                PackLabel {
                    Layout.fillWidth: true
                    warning: pack.warning
                }
                Repeater {
                    model: [pack.region, pack.dates, pack.languages, pack.holds, pack.signature]
                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                    }
                }
                ActionButton {
                    objectName: "removePack"
                    Layout.topMargin: Theme.gap / 2
                    //: Removes a local pack from the app
                    text: qsTr("Remove")
                    Accessible.name: pack.removeLabel
                    onClicked: LocalPacks.remove(pack.packId)
                }
            }
        }
    }

    ActionButton {
        objectName: "addPack"
        //: Opens a file dialog to add a local pack (.ktlpack)
        text: qsTr("Add local information…")
        onClicked: fileDialog.active = true
    }
    Label {
        objectName: "packResult"
        Layout.fillWidth: true
        visible: text !== ""
        text: LocalPacks.lastResult
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // Made when asked for: the dialog's module costs nothing until then.
    Loader {
        id: fileDialog

        active: false
        sourceComponent: FileDialog {
            //: Title of the file dialog for adding a local pack
            title: qsTr("Add local information")
            fileMode: FileDialog.OpenFile
            currentFolder: LocalPacks.startFolder
            nameFilters: [qsTr("Local information (*.ktlpack)")]
            Component.onCompleted: open()
            onAccepted: {
                LocalPacks.open(selectedFile)
                fileDialog.active = false
            }
            onRejected: fileDialog.active = false
        }
    }
}
