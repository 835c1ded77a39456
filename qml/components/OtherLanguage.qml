import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// In bilingual mode: the same text in the other language, set apart so a mixed room can
// follow both. Hidden otherwise.
ColumnLayout {
    id: root

    property string heading
    property string html

    visible: Settings.bilingual && (heading !== "" || html !== "")
    spacing: 2

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 1
        color: Theme.border
    }
    Label {
        textFormat: Text.PlainText
        text: LanguageManager.otherLanguageName
        font.pixelSize: Theme.smallSize
        font.bold: true
        color: Theme.mutedText
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.heading !== ""
        text: root.heading
        font.pixelSize: Theme.subheadingSize
        font.bold: true
        font.italic: true
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    ContentText {
        Layout.fillWidth: true
        visible: root.html !== ""
        html: root.html
        font.italic: true
        color: Theme.mutedText
    }
}
