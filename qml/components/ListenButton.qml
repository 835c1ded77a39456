import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Read-aloud for one text (a step, a section, a node, a term): Listen; while it reads, Pause or
// Resume, Stop, and the sentence being read, highlighted. Shown only where read-aloud is on
// (the display page); where it cannot read (no speech engine, no voice for the language) one
// plain line says why, in place of the button.
ColumnLayout {
    id: root

    /** What to read, made by the page's model. */
    property speechText speech
    /** The button's words where there is more than one Listen near it. */
    //: Read-aloud: reads the text beside it
    property string label: qsTr("Listen")
    readonly property bool mine: ReadAloud.reading && ReadAloud.owner === root
    readonly property string why: Settings.readAloud ? ReadAloud.unavailableReason(root.speech) : ""

    visible: Settings.readAloud && !root.speech.empty
    spacing: Theme.gap / 2

    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap

        ActionButton {
            objectName: "listenButton"
            visible: root.why === "" && !root.mine
            maxWidth: root.width > 0 ? root.width : Infinity
            text: root.label
            Accessible.name: root.label
            onClicked: ReadAloud.read(root, root.speech)
        }
        ActionButton {
            objectName: "pauseReadingButton"
            visible: root.mine
            maxWidth: root.width > 0 ? root.width : Infinity
            text: ReadAloud.paused ? qsTr("Resume") : qsTr("Pause")
            onClicked: ReadAloud.togglePause()
        }
        ActionButton {
            objectName: "stopReadingButton"
            visible: root.mine
            maxWidth: root.width > 0 ? root.width : Infinity
            text: qsTr("Stop reading")
            onClicked: ReadAloud.stop()
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.why !== ""
        textFormat: Text.PlainText
        text: root.why
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
    }
    // The sentence being read, in large type on the focus colour, so a reader can follow it.
    Rectangle {
        Layout.fillWidth: true
        visible: root.mine
        implicitHeight: reading.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.linkFocusBackground
        border.color: Theme.focus

        Text {
            id: reading

            objectName: "readingSentence"
            anchors.fill: parent
            anchors.margins: Theme.gap
            textFormat: Text.PlainText
            text: ReadAloud.sentence
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subheadingSize
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: ReadAloud.progress
        }
    }
}
