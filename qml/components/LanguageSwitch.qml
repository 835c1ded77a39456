pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Language names are shown in their own language and never translated.
RowLayout {
    id: root

    spacing: 2

    Repeater {
        model: LanguageManager.languages
        delegate: Button {
            id: languageButton

            required property var modelData

            objectName: "language-" + modelData.code
            text: modelData.name
            checkable: true
            checked: LanguageManager.language === modelData.code
            font.pixelSize: Theme.bodySize
            Accessible.name: modelData.name
            Keys.onReturnPressed: languageButton.clicked()
            Keys.onEnterPressed: languageButton.clicked()
            onClicked: {
                LanguageManager.setLanguage(modelData.code)
                Settings.language = modelData.code
            }
            background: Rectangle {
                radius: Theme.radius
                color: languageButton.checked ? Theme.accent : "transparent"
                border.color: languageButton.visualFocus ? Theme.focus : Theme.border
                border.width: languageButton.visualFocus ? 2 : 1
            }
            contentItem: Text {
                textFormat: Text.PlainText
                text: languageButton.text
                font: languageButton.font
                color: languageButton.checked ? Theme.textOnAccent : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
