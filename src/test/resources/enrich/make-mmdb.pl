#!/usr/bin/perl
# Writes tiny GeoLite2-format Country and ASN databases for the enrichment tests.
# Needs Debian's libmaxmind-db-writer-perl. Usage: make-mmdb.pl OUT_DIR
use strict;
use warnings;
use MaxMind::DB::Writer::Tree;

my $dir = shift or die "usage: $0 OUT_DIR\n";
my %types = (
    country => 'map', iso_code => 'utf8_string', names => 'map', en => 'utf8_string',
    autonomous_system_number => 'uint32', autonomous_system_organization => 'utf8_string',
);

sub tree {
    my ($type) = @_;
    return MaxMind::DB::Writer::Tree->new(
        ip_version => 6, record_size => 24, database_type => $type, languages => ['en'],
        description => { en => "Flowbench test $type" }, alias_ipv6_to_ipv4 => 1,
        remove_reserved_networks => 0, map_key_type_callback => sub { $types{ $_[0] } },
    );
}

sub country { my ($code, $name) = @_; return { country => { iso_code => $code, names => { en => $name } } }; }
sub asn { my ($n, $org) = @_; return { autonomous_system_number => $n, autonomous_system_organization => $org }; }

my $countries = tree('GeoLite2-Country');
$countries->insert_network('203.0.113.0/24', country('NL', 'Netherlands'));
$countries->insert_network('198.51.100.0/24', country('DE', 'Germany'));
$countries->insert_network('192.0.2.0/24', country('FR', 'France'));
$countries->insert_network('2001:db8:100::/48', country('NL', 'Netherlands'));
$countries->insert_network('2001:db8:4000::/34', country('BR', 'Brazil'));

my $asns = tree('GeoLite2-ASN');
$asns->insert_network('203.0.113.0/24', asn(64500, 'Example Hosting'));
$asns->insert_network('198.51.100.0/24', asn(64501, 'Example Office'));
$asns->insert_network('2001:db8:100::/48', asn(64500, 'Example Hosting'));

for my $pair ([$countries, 'country.mmdb'], [$asns, 'asn.mmdb']) {
    open my $fh, '>:raw', "$dir/$pair->[1]" or die "$dir/$pair->[1]: $!\n";
    $pair->[0]->write_tree($fh);
    close $fh;
}
