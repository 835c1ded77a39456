pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Text size, light or dark, both languages together, and "forget my progress" for shared
// computers. A page rather than a popup: built only when opened.
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
    Switch {
        id: darkSwitch
        objectName: "darkTheme"
        text: qsTr("Dark colours")
        checked: Settings.darkTheme
        font.pixelSize: Theme.bodySize
        onToggled: Settings.darkTheme = checked
        contentItem: Text {
            textFormat: Text.PlainText
            leftPadding: darkSwitch.indicator.width + darkSwitch.spacing
            text: darkSwitch.text
            font: darkSwitch.font
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
        }
    }
    Switch {
        id: bilingualSwitch
        objectName: "bilingual"
        Layout.fillWidth: true
        //: Display option: show English and Spanish together
        text: qsTr("English and Spanish together")
        checked: Settings.bilingual
        font.pixelSize: Theme.bodySize
        onToggled: Settings.bilingual = checked
        contentItem: Text {
            textFormat: Text.PlainText
            leftPadding: bilingualSwitch.indicator.width + bilingualSwitch.spacing
            text: bilingualSwitch.text
            font: bilingualSwitch.font
            color: Theme.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
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
}
