pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// First run: choose a language. Each name is written in its own language, so everyone can
// find theirs; the question is asked in both. Later the switch in the header changes it.
Rectangle {
    id: root

    objectName: "languageChoice"
    color: Theme.background
    Accessible.role: Accessible.Dialog
    Accessible.name: "Choose a language / Elija un idioma"

    // Swallow clicks so nothing underneath reacts while the choice is open.
    MouseArea {
        anchors.fill: parent
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560 * Theme.scale)
        spacing: Theme.margin

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            // Not translated on purpose: shown before any language is chosen.
            text: "Know the Limits · Conozca los límites"
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: "Choose a language · Elija un idioma"
            font.pixelSize: Theme.subheadingSize
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Repeater {
            model: LanguageManager.languages
            delegate: ActionButton {
                id: option

                required property var modelData
                required property int index

                objectName: "choose-" + option.modelData.code
                Layout.fillWidth: true
                text: option.modelData.name
                font.pixelSize: Theme.headingSize
                highlighted: LanguageManager.language === option.modelData.code
                focus: highlighted
                onClicked: {
                    LanguageManager.setLanguage(option.modelData.code)
                    Settings.language = option.modelData.code
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: "You can change it at any time at the top right. · Puede cambiarlo cuando quiera, arriba a la derecha."
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
