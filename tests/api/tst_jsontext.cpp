// JsonText::toText, the one JSON-to-text rule of the app, CLI and activity log.
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

class TestJsonText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toText_data();
    void toText();
    void nullText();
};

void TestJsonText::toText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QJsonValue(QStringLiteral("Acme, Inc.")) << QStringLiteral("Acme, Inc.");
    QTest::newRow("string kept verbatim")
        << QJsonValue(QStringLiteral(" \"quoted\" 😀 ")) << QStringLiteral(" \"quoted\" 😀 ");
    QTest::newRow("empty string") << QJsonValue(QString()) << QString();
    QTest::newRow("zero") << QJsonValue(0) << QStringLiteral("0");
    QTest::newRow("negative zero") << QJsonValue(-0.0) << QStringLiteral("0");
    QTest::newRow("integer") << QJsonValue(42) << QStringLiteral("42");
    QTest::newRow("negative integer") << QJsonValue(-7) << QStringLiteral("-7");
    QTest::newRow("fraction") << QJsonValue(2.5) << QStringLiteral("2.5");
    QTest::newRow("negative fraction") << QJsonValue(-0.125) << QStringLiteral("-0.125");
    QTest::newRow("rounding noise hidden") << QJsonValue(0.1 + 0.2) << QStringLiteral("0.3");
    QTest::newRow("large whole, not scientific")
        << QJsonValue(1234567890123456.0) << QStringLiteral("1234567890123456");
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << QStringLiteral("9007199254740992");
    QTest::newRow("-2^53") << QJsonValue(-9007199254740992.0) << QStringLiteral("-9007199254740992");
    // Beyond 2^53 (and far beyond qint64) the value is printed as a double, never cast.
    QTest::newRow("beyond 2^53") << QJsonValue(18014398509481984.0) << QStringLiteral("1.8014398509482e+16");
    QTest::newRow("beyond qint64") << QJsonValue(1e20) << QStringLiteral("1e+20");
    QTest::newRow("qint64 max as double")
        << QJsonValue(9223372036854775807.0) << QStringLiteral("9.22337203685478e+18");
    QTest::newRow("huge negative") << QJsonValue(-1e300) << QStringLiteral("-1e+300");
    QTest::newRow("double max") << QJsonValue(std::numeric_limits<double>::max())
                                << QStringLiteral("1.79769313486232e+308");
    QTest::newRow("tiny") << QJsonValue(1e-12) << QStringLiteral("1e-12");
    QTest::newRow("true") << QJsonValue(true) << QStringLiteral("true");
    QTest::newRow("false") << QJsonValue(false) << QStringLiteral("false");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << QStringLiteral("{}");
    QTest::newRow("nested object") << QJsonValue(
        QJsonObject{{QStringLiteral("a"), 1},
                    {QStringLiteral("b"), QJsonObject{{QStringLiteral("c"), QJsonArray{true, QJsonValue()}}}}})
                                   << QStringLiteral("{\"a\":1,\"b\":{\"c\":[true,null]}}");
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2.5, QStringLiteral("x")}) << QStringLiteral("[1,2.5,\"x\"]");
}

void TestJsonText::toText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(JsonText::toText(value), expected);
}

void TestJsonText::nullText()
{
    // Only a real null takes the caller's word; a missing member (undefined) stays empty.
    QCOMPARE(JsonText::toText(QJsonValue(QJsonValue::Null), QStringLiteral("null")), QStringLiteral("null"));
    QCOMPARE(JsonText::toText(QJsonValue(QJsonValue::Undefined), QStringLiteral("null")), QString());
    QCOMPARE(JsonText::toText(QJsonValue(0), QStringLiteral("null")), QStringLiteral("0"));
}

QTEST_APPLESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
