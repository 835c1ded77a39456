import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// A large clickable card: a title and a short description. Plain Text items and a Column keep
// it cheap: the home page shows several of these before its first frame.
Button {
    id: root

    property string description
    /** The title and description in the other language, shown in bilingual mode. */
    property string otherText
    property string otherDescription
    property bool emphasized: false

    hoverEnabled: true
    padding: Theme.margin * 0.75
    Accessible.name: text
    Accessible.description: description
    // Enter as well as Space, as people expect of a desktop app.
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        radius: Theme.radius * 1.5
        color: root.emphasized ? Theme.surface : Theme.surfaceAlt
        border.color: root.visualFocus ? Theme.focus : (root.hovered ? Theme.accent : Theme.border)
        border.width: root.visualFocus ? 3 : 1
    }
    contentItem: Column {
        spacing: Theme.gap

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: root.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: root.description
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        // The other language, in bilingual mode only. Without it the lines hold no text, which
        // is what keeps them cheap: a hidden Text is still laid out (and its bold italic face
        // loaded) with whatever text it has.
        Text {
            width: parent.width
            visible: Settings.bilingual && root.otherText !== ""
            text: visible ? root.otherText : ""
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            font.bold: true
            font.italic: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: Settings.bilingual && root.otherDescription !== ""
            text: visible ? root.otherDescription : ""
            textFormat: Text.PlainText
            font.pixelSize: Theme.smallSize
            font.italic: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
