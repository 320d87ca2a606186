#include "propertypacker.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

/// PropertyPacker: every JSON type survives a round trip and single-value lookups.
class TestPropertyPacker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QJsonObject>("properties");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("scalars") << QJsonObject{{u"name"_s, u"Acme"_s},
                                                {u"seats"_s, 12},
                                                {u"paid"_s, true},
                                                {u"ratio"_s, 0.125},
                                                {u"none"_s, QJsonValue::Null}};
        QTest::newRow("unicode") << QJsonObject{{u"näme"_s, u"Zürich 東京 🚀"_s}, {u"empty"_s, u""_s}};
        QTest::newRow("nested") << QJsonObject{{u"address"_s, QJsonObject{{u"city"_s, u"Paris"_s}}},
                                               {u"tags"_s, QJsonArray{u"a"_s, 1, false}}};
        QTest::newRow("big numbers") << QJsonObject{{u"big"_s, 9007199254740991.0}, {u"neg"_s, -1e300}};
        QTest::newRow("long string") << QJsonObject{{u"text"_s, QString(5000, u'x')}};
    }

    void roundTrip()
    {
        QFETCH(QJsonObject, properties);
        PropertyPacker packer;
        // A second row with other names first: ids differ from insertion order of this row.
        packer.pack(QJsonObject{{u"zzz"_s, 1}, {u"seats"_s, 2}});
        const QByteArray packed = packer.pack(properties);
        QCOMPARE(packer.unpack(packed), properties);
        for (auto it = properties.begin(); it != properties.end(); ++it)
            QCOMPARE(PropertyPacker::value(packed, packer.idOf(it.key())), it.value());
        QVERIFY(PropertyPacker::value(packed, packer.idOf(u"zzz"_s)).isUndefined());
        QVERIFY(PropertyPacker::value(packed, -1).isUndefined());
        QVERIFY(packer.names().contains(u"zzz"_s));
    }

    void truncatedInputIsSafe()
    {
        PropertyPacker packer;
        const QByteArray packed = packer.pack(QJsonObject{{u"a"_s, u"hello"_s}, {u"b"_s, 2.5}});
        for (int cut = 0; cut < packed.size(); ++cut) {
            const QByteArray broken = packed.left(cut);
            packer.unpack(broken); // must not crash or read past the end
            PropertyPacker::value(broken, packer.idOf(u"b"_s));
        }
        QCOMPARE(PropertyPacker::value(packed, packer.idOf(u"b"_s)), QJsonValue(2.5));
    }
};

QTEST_GUILESS_MAIN(TestPropertyPacker)
#include "tst_propertypacker.moc"
