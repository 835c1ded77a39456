pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Where to find a lawyer or an accredited representative, how to check one, and the notario
// warning: the page every walkthrough, flow outcome and handout points to. Addresses are text
// to read or copy; the app opens nothing on the web.
ScrollingPage {
    id: root

    objectName: "helpPage"
    focus: true

    HelpPlaceModel {
        id: places
    }

    PageTitle {
        Layout.fillWidth: true
        //: Title of the page listing places to find legal help
        text: qsTr("Find legal help")
    }
    Label {
        objectName: "helpNotice"
        Layout.fillWidth: true
        text: Content.helpNotice
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("These places are national. The addresses are for a phone or another device with internet: this app does not go online.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
    }
    ActionButton {
        objectName: "helpLocal"
        //: Opens the page of local information (local packs: their county's rules and places)
        text: qsTr("Local information…")
        onClicked: Navigation.go("local")
    }
    ActionButton {
        objectName: "helpHandout"
        //: Saves a printable PDF of the places to find legal help
        text: qsTr("Handout (PDF)")
        onClicked: Handouts.save("help")
    }
    ActionButton {
        objectName: "helpShare"
        //: Saves the places to find legal help as one web page for phones (no internet needed), beside "Handout (PDF)"
        text: qsTr("Share for phones")
        //: Read by a screen reader on the "Share for phones" button
        Accessible.description: qsTr("Saves one web page to open on a phone, in English and Spanish. It needs no internet.")
        onClicked: Handouts.share("help")
    }
    ActionButton {
        objectName: "helpWalletCard"
        //: Saves a printable PDF of wallet-size cards: rights, their limits, and local hotlines
        text: qsTr("Wallet card (PDF)")
        onClicked: Handouts.saveWalletCard()
    }
    HandoutNotice {
        Layout.fillWidth: true
    }

    Repeater {
        model: places
        delegate: ColumnLayout {
            id: place

            required property string name
            required property string what
            required property string address
            required property string phone
            required property string from
            required property string warning

            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            spacing: 2

            // Text, not Label: a Label loses its heading role on Qt 6.4.
            Text {
                Layout.fillWidth: true
                text: place.name
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            // A local pack's place says whose it is before anything else.
            Label {
                objectName: "helpPlaceFrom"
                Layout.fillWidth: true
                visible: place.from !== ""
                text: place.from
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                font.italic: true
                color: Theme.mutedText
            }
            Text {
                Layout.fillWidth: true
                visible: place.warning !== ""
                text: place.warning
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: place.what
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            TextEdit {
                objectName: "helpPlacePhone"
                Layout.fillWidth: true
                visible: place.phone !== ""
                text: place.phone
                textFormat: TextEdit.PlainText
                readOnly: true
                selectByMouse: true
                activeFocusOnTab: false
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                selectionColor: Theme.accent
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            // Selectable, so the address can be copied to a phone or a browser.
            TextEdit {
                Layout.fillWidth: true
                visible: place.address !== ""
                text: place.address
                textFormat: TextEdit.PlainText
                readOnly: true
                selectByMouse: true
                activeFocusOnTab: false
                wrapMode: TextEdit.WrapAnywhere
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
                selectionColor: Theme.accent
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
