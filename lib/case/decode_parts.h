// One decoder per part of a case file (decode.cpp puts them together).
#pragma once

#include "case/decoder.h"

namespace scr {

void decode_referrer(Decoder& d, const YAML::Node& n, const std::string& where, Referrer& r);
void decode_child(Decoder& d, const YAML::Node& n, const std::string& where, Child& c);
void decode_member(Decoder& d, const YAML::Node& n, const std::string& where, HouseholdMember& m);
void decode_incident(Decoder& d, const YAML::Node& n, const std::string& where, Incident& i);
void decode_learning(Decoder& d, const YAML::Node& n, const std::string& where, Learning& l);
void decode_answers(Decoder& d, const YAML::Node& n, const std::string& where,
                    std::map<std::string, std::string>& answers);
void decode_event(Decoder& d, const YAML::Node& n, const std::string& where, Event& e);
void decode_action(Decoder& d, const YAML::Node& n, const std::string& where, Action& a);
void decode_extension(Decoder& d, const YAML::Node& n, const std::string& where, Extension& e);

} // namespace scr
