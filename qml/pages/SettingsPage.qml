pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Text size, light or dark, both languages together, "forget my progress" for shared
// computers, read-aloud, and what quick hide does. A page rather than a popup: built only when opened.
ScrollingPage {
    id: root

    objectName: "settingsPage"
    maxContentWidth: 560 * Theme.scale
    focus: true

    PageTitle {
        Layout.fillWidth: true
        text: qsTr("Display and privacy")
    }

    Label {
        textFormat: Text.PlainText
        text: qsTr("Text size")
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        ActionButton {
            text: qsTr("A−")
            Accessible.name: qsTr("Smaller text")
            enabled: Settings.canShrinkText
            onClicked: Settings.shrinkText()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            //: Text size as a percentage; %1 is a number
            text: qsTr("%1 %").arg(Math.round(Settings.textScale * 100))
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        ActionButton {
            objectName: "largerText"
            text: qsTr("A+")
            Accessible.name: qsTr("Larger text")
            enabled: Settings.canEnlargeText
            onClicked: Settings.enlargeText()
        }
    }
    SettingSwitch {
        objectName: "darkTheme"
        text: qsTr("Dark colours")
        checked: Settings.darkTheme
        onToggled: Settings.darkTheme = checked
    }
    SettingSwitch {
        objectName: "bilingual"
        Layout.fillWidth: true
        //: Display option: show English and Spanish together
        text: qsTr("English and Spanish together")
        checked: Settings.bilingual
        onToggled: Settings.bilingual = checked
    }
    InstalledPacks {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "exploredHandout"
        //: Saves a PDF listing the pages opened in this session (no answers)
        text: qsTr("What I explored (PDF)")
        onClicked: Handouts.save("explored")
    }
    HandoutNotice {
        Layout.fillWidth: true
    }
    // Asks first: it cannot be undone, and a stray click on a shared computer should not do it.
    ActionButton {
        Layout.fillWidth: true
        objectName: "forgetProgress"
        visible: !confirmForget.visible
        text: qsTr("Forget my progress")
        Accessible.description: qsTr("Clears the saved page and settings on this computer")
        onClicked: {
            confirmForget.visible = true
            forgetYes.forceActiveFocus()
        }
    }
    ColumnLayout {
        id: confirmForget

        Layout.fillWidth: true
        visible: false
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Forget the last page you opened and these settings? This cannot be undone.")
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            ActionButton {
                id: forgetYes

                objectName: "forgetConfirm"
                text: qsTr("Yes, forget")
                highlighted: true
                onClicked: {
                    Settings.forgetAll()
                    Navigation.clearHistory()
                    confirmForget.visible = false
                }
            }
            ActionButton {
                objectName: "forgetCancel"
                text: qsTr("Cancel")
                onClicked: confirmForget.visible = false
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Nothing you answer is ever saved. Only the last page, these settings and the local information you add are kept on this computer.")
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    SettingSwitch {
        objectName: "readAloud"
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        //: Display option: a Listen button that reads the text aloud
        text: qsTr("Read aloud: a Listen button on each step, section and term")
        checked: Settings.readAloud
        onToggled: Settings.readAloud = checked
    }
    RowLayout {
        Layout.fillWidth: true
        visible: Settings.readAloud

        ActionButton {
            objectName: "speakSlower"
            text: qsTr("Slower")
            Accessible.name: qsTr("Read more slowly")
            enabled: Settings.canSpeakSlower
            onClicked: Settings.speakSlower()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: ReadAloud.speedText
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "speakFaster"
            text: qsTr("Faster")
            Accessible.name: qsTr("Read faster")
            enabled: Settings.canSpeakFaster
            onClicked: Settings.speakFaster()
        }
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: Settings.readAloud
        text: qsTr("The voice is this computer's own. What it reads never leaves the computer.")
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Text {
        textFormat: Text.PlainText
        Layout.topMargin: Theme.gap
        //: Heading on the display page: what the Hide button and Esc twice do
        text: qsTr("Quick hide")
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "quickHideHelp"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Press Esc twice quickly, or Hide at the top. The window shows a plain page called “Notes” at once. What you opened, answered or searched is cleared, and next time the app opens at Home. To come back, press Esc twice again or Return: you get a fresh Home page.")
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("It does not hide that the app is on this computer. It stays in the menu, and the computer may keep its own list of programs used.")
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
}
