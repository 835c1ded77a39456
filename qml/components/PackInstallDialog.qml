pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// What adding a local pack would do, before it is done: who publishes it, for where, when it
// was checked, its signature and, for an update, every entry added, changed or removed. Or why
// the file cannot be added. Nothing is installed until the reader says so.
Dialog {
    id: root

    objectName: "packInstallDialog"
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 640 * Theme.scale)
    height: Math.min(implicitHeight, parent.height - 2 * Theme.margin)
    padding: Theme.margin / 2
    closePolicy: Popup.CloseOnEscape
    onClosed: if (LocalPacks.showing) LocalPacks.dismiss()
    // The keyboard goes to the dialog's first button, so Enter adds and Escape closes.
    onOpened: Qt.callLater(root.focusButton)

    function focusButton() {
        if (confirmButton.visible)
            confirmButton.forceActiveFocus()
        else
            cancelButton.forceActiveFocus()
    }

    // Follows the installer: a file from the dialog, a drop or the command line opens it.
    // (Not a Connections element: Debian's Qt 6.4 lint types do not describe it.)
    function follow() {
        if (LocalPacks.showing)
            root.open()
        else
            root.close()
    }
    Component.onCompleted: {
        LocalPacks.changed.connect(root.follow)
        root.follow()
    }
    Component.onDestruction: LocalPacks.changed.disconnect(root.follow)

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.localBorder
        border.width: 2
        radius: Theme.radius
    }

    // A single child: the dialog takes its implicit size.
    ScrollView {
        id: scroller

        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        implicitHeight: body.implicitHeight

        ColumnLayout {
            id: body

            width: scroller.availableWidth
            spacing: Theme.gap
            Accessible.role: Accessible.Dialog
            Accessible.name: LocalPacks.heading

            Text {
                objectName: "packDialogHeading"
                Layout.fillWidth: true
                text: LocalPacks.heading
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: LocalPacks.details
                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                }
            }
            Text {
                objectName: "packDialogWarning"
                Layout.fillWidth: true
                visible: text !== ""
                text: LocalPacks.warning
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                visible: LocalPacks.changes.length > 0
                //: Heading over the list of what an update of a local pack changes
                text: qsTr("What changes")
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: LocalPacks.changes
                delegate: Label {
                    required property string modelData

                    objectName: "packChange"
                    Layout.fillWidth: true
                    text: modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                }
            }
            Repeater {
                model: LocalPacks.problems
                delegate: Label {
                    required property string modelData

                    objectName: "packProblem"
                    Layout.fillWidth: true
                    text: modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    font.pixelSize: Theme.smallSize
                    color: Theme.text
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap

                ActionButton {
                    id: confirmButton

                    objectName: "packConfirm"
                    visible: LocalPacks.canConfirm
                    highlighted: true
                    text: LocalPacks.confirmLabel
                    focus: visible
                    onClicked: LocalPacks.confirm()
                }
                ActionButton {
                    id: cancelButton

                    objectName: "packCancel"
                    text: LocalPacks.canConfirm ? qsTr("Cancel") : qsTr("Close")
                    focus: !confirmButton.visible
                    onClicked: LocalPacks.dismiss()
                }
            }
        }
    }
}
