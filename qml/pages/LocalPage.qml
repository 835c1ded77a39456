pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The local information readers added: each pack's state and county status (287(g) agreements,
// detainer policies, state laws) with its dates and sources, and the packs themselves.
ScrollingPage {
    id: root

    objectName: "localPage"
    focus: true

    LocalStatusModel {
        id: status
    }

    PageTitle {
        Layout.fillWidth: true
        //: Title of the page of local information from local packs
        text: qsTr("Local information")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("What local organisations say about their state and county. It is not part of this app's own content: each entry says who published it and when it was checked.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
    }
    ActionButton {
        objectName: "localWalletCard"
        //: Saves a printable PDF of wallet-size cards: rights, their limits, and the local packs' hotlines
        text: qsTr("Wallet card (PDF)")
        onClicked: Handouts.saveWalletCard()
    }
    HandoutNotice {
        Layout.fillWidth: true
    }

    Repeater {
        model: status
        delegate: ColumnLayout {
            id: entry

            required property string packHeading
            required property string from
            required property string warning
            required property string kind
            required property string agency
            required property string summary
            required property string asOf
            required property var sources

            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            spacing: 2

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin / 2
                visible: entry.packHeading !== ""
                text: entry.packHeading
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            PackLabel {
                Layout.fillWidth: true
                visible: entry.packHeading !== ""
                from: entry.from
                warning: entry.warning
            }
            Rectangle {
                objectName: "localStatus"
                Layout.fillWidth: true
                implicitHeight: statusBody.implicitHeight + Theme.margin
                color: Theme.local
                border.color: Theme.localBorder
                border.width: 1
                radius: Theme.radius

                ColumnLayout {
                    id: statusBody

                    anchors.fill: parent
                    anchors.margins: Theme.margin / 2
                    spacing: 2

                    Text {
                        Layout.fillWidth: true
                        text: entry.kind
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.subheadingSize
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: entry.agency !== ""
                        text: entry.agency
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.summary
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.asOf
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                    }
                    Repeater {
                        model: entry.sources
                        delegate: Label {
                            required property string modelData

                            Layout.fillWidth: true
                            text: modelData
                            textFormat: Text.PlainText
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            font.pixelSize: Theme.smallSize
                            color: Theme.mutedText
                        }
                    }
                }
            }
        }
    }

    InstalledPacks {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        //: Heading of the list of local packs on the Local information page
        heading: qsTr("Where this comes from")
    }
}
