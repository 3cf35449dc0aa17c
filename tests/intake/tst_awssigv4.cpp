// SPDX-License-Identifier: GPL-3.0-or-later
// AWS Signature Version 4 (core/intake/awssigv4, issue 16 point 3) checked against AWS's own
// test suite rather than against a reading of the spec. Every request and expectation in
// `suite` is copied verbatim, as data, from github.com/awslabs/aws-c-auth at commit
// 495329c2433034bd8fd53fc6ba9e0202d3fac876, folder tests/aws-signing-test-suite/v4/<case>/:
// request.txt, header-canonical-request.txt, header-string-to-sign.txt, header-signature.txt
// and header-signed-request.txt (whose extra headers are what the signer must add); the key,
// token, region, service, time and sign_body are each case's context.json (normalize: true).
// Left out on purpose: the *-unnormalized cases (S3's rules, not supported), post-sts-header-
// after (a token added unsigned), the query-* files (presigned URLs), and get-vanilla-query,
// get-vanilla-empty-query-key, post-header-key-case and post-vanilla-empty-query-value, whose
// requests repeat get-vanilla, post-vanilla-query (as a GET), post-vanilla, post-vanilla-query.
// AWS's SQS documentation publishes no Signature Version 4 example with a signature (its
// examples are Signature Version 2 or leave the signature out), so there is no SQS case.
#include "awssigv4.h"

#include <QTest>

#include <algorithm>

using namespace smsdesk;

namespace {

struct SuiteCase
{
    const char *name;
    bool signBody; // context.json's sign_body: x-amz-content-sha256 is signed and added
    const char *token; // context.json's credentials.token
    const char *request;
    const char *canonicalRequest;
    const char *stringToSign;
    const char *signature;
    const char *signedRequest;
};

// clang-format off
const SuiteCase suite[] = {
    { "get-vanilla", false, "",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
      "\n" },
    { "get-vanilla-query-order-key-case", false, "",
      "GET /?Param2=value2&Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
      "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0",
      "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
      "GET /?Param2=value2&Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500\n"
      "\n" },
    { "get-vanilla-query-order-encoded", false, "",
      "GET /?Param-3=Value3&Param=Value2&%E1%88%B4=Value1 HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n%E1%88%B4=Value1&Param=Value2&Param-3=Value3\nhost:example.amazonaws.com\n"
      "x-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "868294f5c38bd141c4972a373a76654f1418a8e4fc18b2e7903ae45e8ae0ec71",
      "371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac",
      "GET /?Param-3=Value3&Param=Value2&%E1%88%B4=Value1 HTTP/1.1\nHost:example.amazonaws.com\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac\n"
      "\n" },
    { "get-vanilla-query-unreserved", false, "",
      "GET /?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
      "Host:example.amazonaws.com\n",
      "GET\n/\n"
      "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n"
      "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177",
      "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197",
      "GET /?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
      "Host:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197\n"
      "\n" },
    { "get-vanilla-utf8-query", false, "",
      "GET /?" "\xE1" "\x88" "\xB4" "=bar HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n%E1%88%B4=bar\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
      "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073",
      "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04",
      "GET /?" "\xE1" "\x88" "\xB4" "=bar HTTP/1.1\nHost:example.amazonaws.com\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04\n"
      "\n" },
    { "get-unreserved", false, "",
      "GET /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
      "Host:example.amazonaws.com\n",
      "GET\n/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n\n"
      "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9",
      "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f",
      "GET /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
      "Host:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f\n"
      "\n" },
    { "get-utf8", false, "",
      "GET /" "\xE1" "\x88" "\xB4" " HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/%E1%88%B4\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "2a0a97d02205e45ce2e994789806b19270cfbbb0921b278ccf58f5249ac42102",
      "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85",
      "GET /" "\xE1" "\x88" "\xB4" " HTTP/1.1\nHost:example.amazonaws.com\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85\n"
      "\n" },
    { "get-space-normalized", false, "",
      "GET /example space/ HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/example%20space/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
      "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "63ee75631ed7234ae61b5f736dfc7754cdccfedbff4b5128a915706ee9390d86",
      "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741",
      "GET /example space/ HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741\n"
      "\n" },
    { "get-slash-normalized", false, "",
      "GET // HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "GET // HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
      "\n" },
    { "get-slashes-normalized", false, "",
      "GET //example// HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/example/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "cb96b4ac96d501f7c5c15bc6d67b3035061cfced4af6585ad927f7e6c985c015",
      "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84",
      "GET //example// HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84\n"
      "\n" },
    { "get-slash-dot-slash-normalized", false, "",
      "GET /./ HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "GET /./ HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
      "\n" },
    { "get-slash-pointless-dot-normalized", false, "",
      "GET /./example HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/example\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "214d50c111a8edc4819da6a636336472c916b5240f51e9a51b5c3305180cf702",
      "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5",
      "GET /./example HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5\n"
      "\n" },
    { "get-relative-normalized", false, "",
      "GET /example/.. HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "GET /example/.. HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
      "\n" },
    { "get-relative-relative-normalized", false, "",
      "GET /example1/example2/../.. HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "GET /example1/example2/../.. HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
      "\n" },
    { "get-header-value-trim", false, "",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1: value1\nMy-Header2: \"a   b   c\"\n",
      "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\n"
      "x-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7",
      "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1: value1\nMy-Header2: \"a   b   c\"\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736\n"
      "\n" },
    { "get-header-value-multiline", false, "",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\n  value2\n     value3\n",
      "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1 value2 value3\n"
      "x-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "e99419459a677bc11de234014be3c4e72c1ea5b454ceb58b613061f5d7a162e8",
      "cfd34249e4b1c8d6b91ef74165d41a32e5fab3306300901bb65a51a73575eefd",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\n  value2\n     value3\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=cfd34249e4b1c8d6b91ef74165d41a32e5fab3306300901bb65a51a73575eefd\n"
      "\n" },
    { "get-header-key-duplicate", false, "",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value2\nMy-Header1:value2\n"
      "My-Header1:value1\n",
      "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\n"
      "x-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c",
      "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value2\nMy-Header1:value2\n"
      "My-Header1:value1\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea\n"
      "\n" },
    { "get-header-value-order", false, "",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value4\nMy-Header1:value1\n"
      "My-Header1:value3\nMy-Header1:value2\n",
      "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value4,value1,value3,value2\n"
      "x-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "31ce73cd3f3d9f66977ad3dd957dc47af14df92fcd8509f59b349e9137c58b86",
      "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value4\nMy-Header1:value1\n"
      "My-Header1:value3\nMy-Header1:value2\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01\n"
      "\n" },
    { "get-vanilla-with-session-token", false, "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\n",
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n"
      "x-amz-security-token:6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267\n\n"
      "host;x-amz-date;x-amz-security-token\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "067b36aa60031588cea4a4cde1f21215227a047690c72247f1d70b32fbbfad2b",
      "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8",
      "GET / HTTP/1.1\nHost:example.amazonaws.com\n"
      "X-Amz-Security-Token:6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8\n"
      "\n" },
    { "post-vanilla", false, "",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\n",
      "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87",
      "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b\n"
      "\n" },
    { "post-vanilla-query", false, "",
      "POST /?Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\n",
      "POST\n/\nParam1=value1\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
      "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd",
      "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11",
      "POST /?Param1=value1 HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11\n"
      "\n" },
    { "post-header-key-sort", false, "",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\n",
      "POST\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nx-amz-date:20150830T123600Z\n\n"
      "host;my-header1;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "9368318c2967cf6de74404b30c65a91e8f6253e0a8659d6d5319f1a812f87d65",
      "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c\n"
      "\n" },
    { "post-header-value-case", false, "",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:VALUE1\n",
      "POST\n/\n\nhost:example.amazonaws.com\nmy-header1:VALUE1\nx-amz-date:20150830T123600Z\n\n"
      "host;my-header1;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "d51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93",
      "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:VALUE1\nX-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d\n"
      "\n" },
    { "post-sts-header-before", false, "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\n",
      "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n"
      "x-amz-security-token:AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==\n"
      "\nhost;x-amz-date;x-amz-security-token\n"
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6",
      "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead",
      "POST / HTTP/1.1\nHost:example.amazonaws.com\n"
      "X-Amz-Security-Token:AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==\n"
      "X-Amz-Date:20150830T123600Z\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead\n"
      "\n" },
    { "post-x-www-form-urlencoded", true, "",
      "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\nHost:example.amazonaws.com\n"
      "Content-Length:13\n\nParam1=value1",
      "POST\n/\n\ncontent-length:13\ncontent-type:application/x-www-form-urlencoded\n"
      "host:example.amazonaws.com\n"
      "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
      "x-amz-date:20150830T123600Z\n\n"
      "content-length;content-type;host;x-amz-content-sha256;x-amz-date\n"
      "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "b1edd1d03544c25390e32085d55b57acc9a3961bb59415ff86c45c3d89d16cfb",
      "d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b",
      "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\nHost:example.amazonaws.com\n"
      "Content-Length:13\nX-Amz-Date:20150830T123600Z\n"
      "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, Signature=d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b\n"
      "\nParam1=value1" },
    { "post-x-www-form-urlencoded-parameters", true, "",
      "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded; charset=utf-8\n"
      "Host:example.amazonaws.com\nContent-Length:13\n\nParam1=value1",
      "POST\n/\n\ncontent-length:13\ncontent-type:application/x-www-form-urlencoded; charset=utf-8\n"
      "host:example.amazonaws.com\n"
      "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
      "x-amz-date:20150830T123600Z\n\n"
      "content-length;content-type;host;x-amz-content-sha256;x-amz-date\n"
      "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
      "a89f1a5b53e37702ee6363ce1da3ce8f54386f3c8f352ae652153c2982a0bc4d",
      "328d1b9eaadca9f5818ef05e8392801e091653bafec24fcab71e7344e7f51422",
      "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded; charset=utf-8\n"
      "Host:example.amazonaws.com\nContent-Length:13\nX-Amz-Date:20150830T123600Z\n"
      "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
      "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, Signature=328d1b9eaadca9f5818ef05e8392801e091653bafec24fcab71e7344e7f51422\n"
      "\nParam1=value1" },
};
// clang-format on

struct HttpText
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    AwsHeaders headers;
    QByteArray body;
};

// A request as the suite writes it: request line, "Name:value" lines (one starting with white
// space continues the value above it), a blank line, the body. The target may hold a space.
HttpText parseHttp(const QByteArray &text)
{
    HttpText out;
    const QList<QByteArray> lines = text.split('\n');
    const QByteArray &first = lines.first();
    out.method = first.left(first.indexOf(' '));
    const QByteArray target
        = first.mid(out.method.size() + 1, first.lastIndexOf(' ') - out.method.size() - 1);
    const qsizetype question = target.indexOf('?');
    out.path = question < 0 ? target : target.left(question);
    out.query = question < 0 ? QByteArray() : target.mid(question + 1);
    qsizetype i = 1;
    for (; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            out.headers.last().second += '\n' + line;
        } else {
            const qsizetype colon = line.indexOf(':');
            out.headers.append({ line.left(colon), line.mid(colon + 1) });
        }
    }
    out.body = lines.mid(i + 1).join('\n');
    return out;
}

// The headers the signed request has and the request had not: what the signer must add.
AwsHeaders addedHeaders(const SuiteCase &c)
{
    AwsHeaders added = parseHttp(c.signedRequest).headers;
    for (const AwsHeader &header : parseHttp(c.request).headers)
        added.removeOne(header);
    std::sort(added.begin(), added.end());
    return added;
}

AwsSigV4Params suiteParams(const SuiteCase &c)
{
    AwsSigV4Params params;
    params.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    params.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    params.sessionToken = QString::fromLatin1(c.token);
    params.region = QStringLiteral("us-east-1");
    params.service = QStringLiteral("service");
    params.time = QDateTime::fromString(QStringLiteral("2015-08-30T12:36:00Z"), Qt::ISODate);
    params.addContentSha256 = c.signBody;
    return params;
}

const SuiteCase &suiteCase(const char *name)
{
    return *std::find_if(std::begin(suite), std::end(suite),
                         [name](const SuiteCase &c) { return qstrcmp(c.name, name) == 0; });
}

// A target that can go on the wire as it is: QUrl holds it without encoding anything.
bool isWireForm(const QByteArray &path)
{
    return std::all_of(path.cbegin(), path.cend(), [](char ch) { return ch > ' ' && ch < 127; });
}

void compare(const Result<AwsSigV4Signature> &result, const SuiteCase &c)
{
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->canonicalRequest, QByteArray(c.canonicalRequest));
    QCOMPARE(result->stringToSign, QByteArray(c.stringToSign));
    QCOMPARE(result->signature, QByteArray(c.signature));
    AwsHeaders added = result->headers;
    std::sort(added.begin(), added.end());
    QCOMPARE(added, addedHeaders(c));
}

} // namespace

Q_DECLARE_METATYPE(smsdesk::AwsSigV4Params)

class TestAwsSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void suiteThroughWireTarget_data();
    void suiteThroughWireTarget();
    void suiteThroughUrl_data();
    void suiteThroughUrl();
    void hostComesFromTheUrlWhenNotGiven();
    void signingTimeMayBeInAnyZone();
    void refusesWhatItCannotSign_data();
    void refusesWhatItCannotSign();
};

void TestAwsSigV4::suiteThroughWireTarget_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(suite)); ++i)
        QTest::newRow(suite[i].name) << i;
}

void TestAwsSigV4::suiteThroughWireTarget()
{
    QFETCH(int, index);
    const SuiteCase &c = suite[index];
    const HttpText request = parseHttp(c.request);
    compare(awsSigV4SignTarget(request.method, request.path, request.query, request.headers, request.body,
                               suiteParams(c)),
            c);
}

// The same requests as a QUrl, the way the SQS client will call it; get-utf8 and get-space
// are not among them, their request lines carrying bytes that are never sent unencoded.
void TestAwsSigV4::suiteThroughUrl_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(suite)); ++i) {
        if (isWireForm(parseHttp(suite[i].request).path))
            QTest::newRow(suite[i].name) << i;
    }
}

void TestAwsSigV4::suiteThroughUrl()
{
    QFETCH(int, index);
    const SuiteCase &c = suite[index];
    const HttpText request = parseHttp(c.request);
    QByteArray target = request.path;
    if (!request.query.isEmpty())
        target += '?' + request.query;
    const QUrl url = QUrl::fromEncoded("http://example.amazonaws.com" + target);
    QCOMPARE(url.path(QUrl::FullyEncoded).toUtf8(), request.path);
    compare(awsSigV4Sign(request.method, url, request.headers, request.body, suiteParams(c)), c);
}

// Without a Host header the signer signs the URL's and hands it back to be sent: get-vanilla
// signs alike, and a port is part of it.
void TestAwsSigV4::hostComesFromTheUrlWhenNotGiven()
{
    const SuiteCase &vanilla = suiteCase("get-vanilla");
    Result<AwsSigV4Signature> result = awsSigV4Sign(
        "GET", QUrl(QStringLiteral("https://example.amazonaws.com/")), {}, {}, suiteParams(vanilla));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->headers.first(), AwsHeader("Host", "example.amazonaws.com"));
    result->headers.removeFirst();
    compare(result, vanilla);

    result = awsSigV4Sign("GET", QUrl(QStringLiteral("http://example.amazonaws.com:8080/")), {}, {},
                          suiteParams(vanilla));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->headers.first(), AwsHeader("Host", "example.amazonaws.com:8080"));
    QVERIFY(result->canonicalRequest.contains("\nhost:example.amazonaws.com:8080\n"));
    QVERIFY(result->signature != vanilla.signature);
}

// 14:36 at UTC+2 is the suite's 12:36Z; X-Amz-Date and the scope are always UTC.
void TestAwsSigV4::signingTimeMayBeInAnyZone()
{
    const SuiteCase &vanilla = suiteCase("get-vanilla");
    AwsSigV4Params params = suiteParams(vanilla);
    params.time = QDateTime::fromString(QStringLiteral("2015-08-30T14:36:00+02:00"), Qt::ISODate);
    QCOMPARE(params.time.offsetFromUtc(), 7200);
    const HttpText request = parseHttp(vanilla.request);
    compare(awsSigV4SignTarget(request.method, request.path, request.query, request.headers, {}, params),
            vanilla);
}

void TestAwsSigV4::refusesWhatItCannotSign_data()
{
    QTest::addColumn<AwsHeaders>("headers");
    QTest::addColumn<AwsSigV4Params>("params");
    const AwsHeaders host { { "Host", "example.amazonaws.com" } };
    const AwsSigV4Params good = suiteParams(suiteCase("get-vanilla"));
    AwsSigV4Params p = good;

    QTest::newRow("no host") << AwsHeaders() << good;
    QTest::newRow("date set by the caller")
        << (host + AwsHeaders { { "x-amz-date", "20150830T123600Z" } }) << good;
    QTest::newRow("authorization set by the caller")
        << (host + AwsHeaders { { "Authorization", "x" } }) << good;
    p.secretAccessKey.clear();
    QTest::newRow("no secret") << host << p;
    p = good;
    p.accessKeyId.clear();
    QTest::newRow("no key id") << host << p;
    p = good;
    p.region.clear();
    QTest::newRow("no region") << host << p;
    p = good;
    p.time = QDateTime();
    QTest::newRow("no time") << host << p;
}

void TestAwsSigV4::refusesWhatItCannotSign()
{
    QFETCH(AwsHeaders, headers);
    QFETCH(AwsSigV4Params, params);
    const Result<AwsSigV4Signature> result = awsSigV4SignTarget("GET", "/", {}, headers, {}, params);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::Invalid);
    QVERIFY(result.errorString().startsWith(QLatin1String("AWS signing: ")));
}

QTEST_GUILESS_MAIN(TestAwsSigV4)
#include "tst_awssigv4.moc"
