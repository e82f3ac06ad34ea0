// SPDX-License-Identifier: GPL-3.0-or-later
#include "modemscripts.h"

#include "imaging/faxcodec.h"
#include "imaging/faxpage.h"

namespace Fax::Test::ModemScripts {

namespace {

QByteArray stuffed(const QByteArray &data)
{
    QByteArray out;
    for (const char c : data) {
        out.append(c);
        if (c == 0x10)
            out.append(c);
    }
    return out + QByteArray("\x10\x03", 2);
}

// The +F setup of a Class 2.0 call (our defaults; the modem takes everything but superfine
// MMR's rates it lists).
void class20Setup(ScriptedModem &m, const QString &id, bool receiving)
{
    m.exchange("ATE0V1Q0", "OK");
    m.exchange("AT+FCLASS=2.0", "OK");
    m.exchange("AT+FCC=?", "+FCC:(0-3),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)\r\nOK");
    m.exchange("AT+FLI=\"" + id.toLatin1() + '"', "OK");
    m.exchange("AT+FCC=3,5,0,2,3,2,0,0", "OK");
    if (!receiving)
        m.exchange("AT+FIS=1,5,0,2,3,2,0,0", "OK");
    m.exchange("AT+FBO=0", "OK");
    m.exchange("AT+FNR=1,1,1,1", "OK");
    m.exchange("AT+FCQ=1,0", "OK");
    m.exchange("AT+FLO=2", "OK");
    if (receiving)
        m.exchange("AT+FCR=1", "OK");
    m.exchange("AT+FBO?", "0\r\nOK");
}

} // namespace

void class1Listen(ScriptedModem &m)
{
    m.exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=1", "OK").exchange("AT+VCID=1", "OK");
}

void class20Listen(ScriptedModem &m)
{
    m.exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=2.0", "OK").exchange("AT+VCID=1", "OK");
}

void ring(ScriptedModem &m, int afterMs, const QByteArray &number, const QByteArray &name)
{
    m.wait(afterMs).reply("\r\nRING\r\n");
    if (!number.isEmpty()) {
        QByteArray lines = "\r\nDATE = 1126\r\nTIME = 0915\r\nNMBR = " + number + "\r\n";
        if (!name.isEmpty())
            lines += "NAME = " + name + "\r\n";
        m.wait(500).reply(lines);
    }
}

void class20Receive(ScriptedModem &m, const QString &csid, const QString &tsid,
                    const QList<QByteArray> &pages)
{
    class20Setup(m, csid, true);
    m.exchange("ATA", "+FCO\r\n+FTI:\"" + tsid.toLatin1() + "\"\r\n+FCS:1,3,0,0,0,0,0,0\r\nOK");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        m.expectSent("AT+FDR\r").reply("\r\nCONNECT\r\n");
        const QByteArray last = i + 1 < pages.size() ? "0" : "2";
        m.expectSent("\x12").reply(stuffed(pages.at(i)) + "\r\n+FPS:1,0,0,0,0\r\n+FET:" + last +
                                   "\r\nOK\r\n");
    }
    m.exchange("AT+FDR", "+FHS:00\r\nOK");
    m.exchange("ATH0", "OK");
}

void class1Dial(ScriptedModem &m)
{
    m.exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=1", "OK");
    m.expectSent("ATDT5551234\r");
}

void class20Dial(ScriptedModem &m, const QString &tsid)
{
    class20Setup(m, tsid, false);
    m.expectSent("ATDT5551234\r");
}

QByteArray mhPage(int lines)
{
    QImage image = makeFaxImage(1728, lines);
    for (int y = lines / 4; y < lines / 2; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 200 / 8; x < 800 / 8; ++x)
            row[x] = 0xFF;
    }
    FaxCodec::EncodeOptions o;
    o.compression = FaxCompression::Mh;
    o.yDpi = 196;
    o.lsbFirst = true;
    o.endOfPage = true;
    const auto data = FaxCodec::encode(image, o);
    return data ? *data : QByteArray();
}

} // namespace Fax::Test::ModemScripts
