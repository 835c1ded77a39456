import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// What the window shows while hidden (QuickHide): a plain, empty notes page, nothing of the
// app's subject, no pictures. Return (or Esc twice) brings back a fresh Home page.
Rectangle {
    objectName: "neutralPage"
    color: "#ffffff"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Text {
            textFormat: Text.PlainText
            text: QuickHide.neutralTitle
            font.pixelSize: Theme.titleSize
            color: "#202124"
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            textFormat: Text.PlainText
            //: Quick hide: the plain page's only line
            text: qsTr("No notes yet.")
            font.pixelSize: Theme.bodySize
            color: "#5f6368"
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ActionButton {
            objectName: "returnButton"
            flat: true
            //: Quick hide: the plain page's button that brings back the app's Home page
            text: qsTr("Return")
            onClicked: QuickHide.reveal()
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
